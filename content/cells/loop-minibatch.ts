import { torch, nn, optim } from "torch"

// plot(series, x, y, { log: true }) draws a chart with a log-scale y axis #zh: plot(series, x, y, { log: true }) 画一张纵轴为对数刻度的图

const { TensorDataset, DataLoader } = torch.utils.data

torch.manual_seed(0)
const x = torch.randn(120, 3)
const y = x.matmul(torch.tensor([[2.0], [-3.0], [0.5]], { dtype: torch.float32 })).add(1).add(torch.randn(120, 1).mul(0.3))
const train_set = TensorDataset(x.slice(0, 0, 100), y.slice(0, 0, 100))  // 100 samples to learn from #zh: 100 个样本用来训练
const x_val = x.slice(0, 100), y_val = y.slice(0, 100)                   // 20 samples kept apart #zh: 20 个样本留作验证
const loader = DataLoader(train_set, { batch_size: 16, shuffle: true })
print(`${train_set.length} samples, ${loader.length} batches per epoch`)

const model = nn.Linear(3, 1)
const criterion = nn.MSELoss()
const optimizer = optim.SGD(model.parameters(), { lr: 0.05 })

let step = 0
for (let epoch = 0; epoch < 6; epoch++) {
  model.train()                        // training mode #zh: 训练模式
  for (const [xb, yb] of loader) {     // one mini-batch per step #zh: 每一步一个小批量
    optimizer.zero_grad()
    const loss = criterion(model(xb), yb)
    loss.backward()
    optimizer.step()
    step += 1
    plot("train (each step)", step, loss.item(), { log: true })
  }
  model.eval()                         // evaluation mode #zh: 评估模式
  const val_loss = torch.no_grad(() => // no gradients needed to measure #zh: 只是测量，不需要梯度
    criterion(model(x_val), y_val).item())
  plot("validation (each epoch)", step, val_loss, { log: true })
  print(`epoch ${epoch}: ${step} steps, validation loss ${val_loss.toFixed(4)}`)
}
