import { torch, nn, optim } from "torch"

torch.manual_seed(0)
const x = torch.rand(50, 1).mul(4).sub(2)
const y = x.mul(3).sub(1)
const model = nn.Linear(1, 1)
const criterion = nn.MSELoss()
const optimizer = optim.Adam(model.parameters(), { lr: 0.05 })  // ① create

for (let epoch = 0; epoch < 150; epoch++) {
  optimizer.zero_grad()               // ② zero
  const loss = criterion(model(x), y)
  loss.backward()                     // ③ backward
  optimizer.step()                    // ④ step
  if (epoch % 30 === 0) {
    print(`epoch ${epoch}: loss ${loss.item().toFixed(4)}`)
  }
}
print(`weight = ${model.weight.item().toFixed(3)}, bias = ${model.bias.item().toFixed(3)}`)
