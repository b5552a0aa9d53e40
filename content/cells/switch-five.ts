import { torch, nn, optim } from "torch"

// plot(series, x, y, { log: true }) adds a point to a log-scale chart #zh: plot(series, x, y, { log: true }) 在对数刻度的图上加一个点
torch.manual_seed(0)
const x = torch.randn(100, 10)
const y = x.matmul(torch.randn(10, 1)).add(torch.randn(100, 1).mul(0.1))
const criterion = nn.MSELoss()

function train(name: string, makeOptimizer: (model: Module) => Optimizer) {
  torch.manual_seed(1)
  const model = nn.Linear(10, 1)
  const optimizer = makeOptimizer(model)
  for (let epoch = 0; epoch < 200; epoch++) {
    optimizer.zero_grad()
    const loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    plot(name, epoch, loss.item(), { log: true })
  }
  print(`${name}: loss after 200 epochs = ${criterion(model(x), y).item().toFixed(3)}`)
}

train("SGD + momentum", (model: Module) => optim.SGD(model.parameters(), { lr: 0.01, momentum: 0.9 }))
train("Adam", (model: Module) => optim.Adam(model.parameters(), { lr: 0.001 }))
train("AdamW", (model: Module) => optim.AdamW(model.parameters(), { lr: 0.001, weight_decay: 0.01 }))
train("RMSprop", (model: Module) => optim.RMSprop(model.parameters(), { lr: 0.01 }))
train("Adagrad", (model: Module) => optim.Adagrad(model.parameters(), { lr: 0.01 }))
