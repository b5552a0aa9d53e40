import { torch, nn, optim } from "torch"

// plot(series, x, y, { log: true }) adds a point to a log-scale chart #zh: plot(series, x, y, { log: true }) 在对数刻度的图上加一个点
torch.manual_seed(0)
const x = torch.randn(100, 3).mul(torch.tensor([1.0, 3.0, 0.3]))
const y = x.matmul(torch.tensor([[2.0], [-1.0], [0.5]])).add(1.0)
const coaches = {
  "SGD": (params: Params) => optim.SGD(params, { lr: 0.02 }),
  "SGD momentum": (params: Params) => optim.SGD(params, { lr: 0.02, momentum: 0.9 }),
  "SGD Nesterov": (params: Params) => optim.SGD(params, { lr: 0.02, momentum: 0.9, nesterov: true }),
  "Adam": (params: Params) => optim.Adam(params, { lr: 0.1 }),
  "AdamW": (params: Params) => optim.AdamW(params, { lr: 0.1, weight_decay: 0.01 }),
  "RMSprop": (params: Params) => optim.RMSprop(params, { lr: 0.01 }),
  "Adagrad": (params: Params) => optim.Adagrad(params, { lr: 0.5 }),
}
const criterion = nn.MSELoss()

for (const [name, makeOptimizer] of Object.entries(coaches)) {
  torch.manual_seed(1)
  const model = nn.Linear(3, 1)
  const optimizer = makeOptimizer(model.parameters())
  for (let step = 0; step < 100; step++) {
    optimizer.zero_grad()
    const loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    plot(name, step, loss.item(), { log: true })
  }
  const final = criterion(model(x), y).item()
  print(`${name}: loss after 100 steps = ${final.toFixed(6)}`)
}
