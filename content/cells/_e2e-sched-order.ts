// e2e: the pitfall — scheduler.step() before optimizer.step()
import { torch, nn, optim } from "torch"
torch.manual_seed(0)
const model = nn.Linear(3, 1)
const optimizer = optim.SGD(model.parameters(), { lr: 0.1 })
const scheduler = optim.lr_scheduler.StepLR(optimizer, { step_size: 2, gamma: 0.5 })
const x = torch.randn(8, 3)
const y = torch.randn(8, 1)
for (let epoch = 0; epoch < 3; epoch++) {
  optimizer.zero_grad()
  const loss = nn.MSELoss()(model(x), y)
  loss.backward()
  scheduler.step()
  optimizer.step()
}
print("done")
