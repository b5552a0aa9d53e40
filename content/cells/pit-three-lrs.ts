import { torch, nn, optim } from "torch"

// plot(series, x, y, { log: true }) draws a chart with a log-scale y axis #zh: plot(series, x, y, { log: true }) 画一张纵轴为对数刻度的图


torch.manual_seed(0)
const x = torch.rand(32, 1).mul(2).sub(1)
const y = x.mul(2).add(1).add(torch.rand(32, 1).mul(0.2))
const criterion = nn.MSELoss()
let loss
for (const lr of [0.01, 0.5, 1.5]) {
  torch.manual_seed(1)
  const model = nn.Linear(1, 1)
  const optimizer = optim.SGD(model.parameters(), { lr: lr })
  for (let step = 0; step < 60; step++) {
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    plot(`lr = ${lr}`, step, loss.item(), { log: true })
  }
  print(`lr = ${lr}: loss at step 59 = ${loss.item().toPrecision(4)}`)
}
