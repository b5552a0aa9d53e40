import { torch, nn, optim } from "torch"


torch.manual_seed(0)
const x = torch.randn(32, 3)
const y = torch.randn(32, 1)
const criterion = nn.MSELoss()

function weight_grad(batches, divide) {
  torch.manual_seed(1)                     // the same model every time
  const model = nn.Linear(3, 1)
  for (const [xb, yb] of batches) {
    let loss = criterion(model(xb), yb)    // the mean over this batch
    if (divide)
      loss = loss.div(batches.length)
    loss.backward()                        // gradients add up in .grad
  }
  return model.weight.grad
}
const micro = [0, 8, 16, 24].map((i) => [x.slice(0, i, i + 8), y.slice(0, i, i + 8)])
print("one batch of 32:      ", weight_grad([[x, y]], false))
print("4 x 8, each loss / 4: ", weight_grad(micro, true))
print("4 x 8, not divided:   ", weight_grad(micro, false))
