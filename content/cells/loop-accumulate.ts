import { torch, nn, optim } from "torch"


torch.manual_seed(0)
const x = torch.randn(32, 3)
const y = torch.randn(32, 1)
const criterion = nn.MSELoss()

function weight_grad(batches: Tensor[][], divide: boolean) {
  torch.manual_seed(1)                     // the same model every time #zh: 每次都是同一个模型
  const model = nn.Linear(3, 1)
  for (const [xb, yb] of batches) {
    let loss = criterion(model(xb), yb)    // the mean over this batch #zh: 这一批的平均损失
    if (divide)
      loss = loss.div(batches.length)
    loss.backward()                        // gradients add up in .grad #zh: 梯度在 .grad 里累加
  }
  return model.weight.grad
}
const micro = [0, 8, 16, 24].map((i) => [x.slice(0, i, i + 8), y.slice(0, i, i + 8)])
print("one batch of 32:      ", weight_grad([[x, y]], false))
print("4 x 8, each loss / 4: ", weight_grad(micro, true))
print("4 x 8, not divided:   ", weight_grad(micro, false))
