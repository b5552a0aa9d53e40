import { torch, nn, optim } from "torch"

const { TensorDataset, DataLoader } = torch.utils.data

torch.manual_seed(0)
const x = torch.randn(64, 4)
const y = x.matmul(torch.tensor([[1.0], [-2.0], [0.5], [3.0]], { dtype: torch.float32 })).add(0.5)
const loader = DataLoader(TensorDataset(x, y), { batch_size: 8 })  // 8 micro-batches of 8 #zh: 8 个小批量，每个 8 个样本
const model = nn.Linear(4, 1)
const criterion = nn.MSELoss()
const optimizer = optim.SGD(model.parameters(), { lr: 0.1 })
const accum_steps = 4  // 4 micro-batches of 8 = one step on 32 samples #zh: 4 个 8 样本的小批量 = 在 32 个样本上走一步

for (let epoch = 0; epoch < 10; epoch++) {
  let i = 0
  for (const [xb, yb] of loader) {
    let loss = criterion(model(xb), yb)
    // TODO 1: scale the loss so that 4 micro-batches add up to the mean over 32 samples #zh: TODO 1：缩放损失，让 4 个小批量加起来等于 32 个样本的平均
    loss.backward()
    i += 1
    // TODO 2: every accum_steps micro-batches, take one optimizer step, then clear the gradients #zh: TODO 2：每 accum_steps 个小批量，让优化器走一步，再清空梯度



  }
  torch.no_grad(() =>
    print(`epoch ${epoch}: loss on all 64 samples ${criterion(model(x), y).item().toFixed(4)}`))
}
