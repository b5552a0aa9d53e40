// e2e: the pitfall — a learning rate so small the loss does not move
import { torch, nn, optim } from "torch"
torch.manual_seed(0)
const model = nn.Linear(3, 1)
const optimizer = optim.SGD(model.parameters(), { lr: 1e-12 })
const x = torch.randn(8, 3)
const y = torch.randn(8, 1)
for (let step = 0; step < 30; step++) {
  optimizer.zero_grad()
  const loss = nn.MSELoss()(model(x), y)
  loss.backward()
  optimizer.step()
}
print("done")
