import { torch, nn, optim } from "torch"

// plot(series, x, y, { log: true }) draws a chart with a log-scale y axis #zh: plot(series, x, y, { log: true }) 画一张纵轴为对数刻度的图


torch.manual_seed(0)
const x = torch.rand(100, 10).mul(2).sub(1)
const y = x.matmul(torch.rand(10, 1).mul(4).sub(2)).add(torch.rand(100, 1).mul(0.2))
const criterion = nn.MSELoss()

const candidates = {
  "Adam lr=0.001": (params: Params) => optim.Adam(params, { lr: 0.001 }),
  "Adam lr=0.01": (params: Params) => optim.Adam(params, { lr: 0.01 }),
  "AdamW lr=0.01": (params: Params) => optim.AdamW(params, { lr: 0.01, weight_decay: 0.01 }),
  "SGD momentum lr=0.05": (params: Params) => optim.SGD(params, { lr: 0.05, momentum: 0.9 }),
}
let loss
for (const [name, make] of Object.entries(candidates)) {
  torch.manual_seed(1)
  const model = nn.Linear(10, 1)
  const optimizer = make(model.parameters())
  for (let step = 0; step < 200; step++) {
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    plot(name, step, loss.item(), { log: true })
  }
  print(`${name}: loss after 200 steps = ${loss.item().toFixed(4)}`)
}
