import { torch, nn, optim } from "torch"

torch.manual_seed(0)
const model = nn.Linear(10, 1)
const optimizer = optim.Adam(model.parameters(), { lr: 0.001 })
const criterion = nn.MSELoss()
const x = torch.randn(100, 10)
const y_true = torch.randn(100, 1)

for (let epoch = 0; epoch < 100; epoch++) {
  const y_pred = model(x)
  const loss = criterion(y_pred, y_true)
  loss.backward()
  optimizer.step()
  optimizer.zero_grad()  // cleared at the end instead #zh: 改成在末尾清零
  if (epoch % 20 === 0) {
    print(`Epoch ${epoch}, Loss: ${loss.item().toFixed(4)}`)
  }
}
