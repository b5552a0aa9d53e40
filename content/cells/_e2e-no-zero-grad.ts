// e2e: the pitfall — no optimizer.zero_grad(), gradients accumulate
import { torch, nn, optim } from "torch"
torch.manual_seed(0)
const model = nn.Linear(3, 1)
const optimizer = optim.SGD(model.parameters(), { lr: 0.01 })
const x = torch.randn(8, 3)
const y = torch.randn(8, 1)
for (let step = 0; step < 5; step++) {
  const loss = nn.MSELoss()(model(x), y)
  loss.backward()
  optimizer.step()
}
print("done")
