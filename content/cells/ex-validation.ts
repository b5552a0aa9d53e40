import { torch, nn, optim } from "torch"

// plot(series, x, y, { log: true }) draws a chart with a log-scale y axis #zh: plot(series, x, y, { log: true }) 画一张纵轴为对数刻度的图


torch.manual_seed(0)
const x_train = torch.rand(30, 1).mul(2).sub(1)
const y_train = x_train.mul(2).add(1).add(torch.rand(30, 1).sub(0.5).mul(0.4))
const x_val = torch.rand(10, 1).mul(2).sub(1)
const y_val = x_val.mul(2).add(1).add(torch.rand(10, 1).sub(0.5).mul(0.4))

const model = nn.Linear(1, 1)
const criterion = nn.MSELoss()
const optimizer = optim.SGD(model.parameters(), { lr: 0.1 })

for (let epoch = 0; epoch < 100; epoch++) {
  optimizer.zero_grad()
  const loss = criterion(model(x_train), y_train)
  const val_loss = torch.no_grad(() =>
    criterion(model(x_val), y_val))  // same weights, other data #zh: 同一组权重，另一份数据
  loss.backward()
  optimizer.step()
  plot("train", epoch, loss.item(), { log: true })
  plot("validation", epoch, val_loss.item(), { log: true })
  if (epoch % 25 === 0 || epoch === 99) {
    print(`epoch ${epoch}: train ${loss.item().toFixed(4)}, validation ${val_loss.item().toFixed(4)}`)
  }
}
