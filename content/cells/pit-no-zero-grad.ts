import { torch, nn, optim } from "torch"

const w = torch.tensor([1.0], { requires_grad: true })
const x = torch.tensor([2.0])
const y = torch.tensor([1.0])
const optimizer = optim.SGD([w], { lr: 0.1 })

print("without zero_grad():")
for (let i = 0; i < 3; i++) {
  const loss = w.mul(x).sub(y).pow(2).sum()
  loss.backward()
  print(`  backward #${i + 1}: w.grad = ${w.grad}`)
}
print("with zero_grad() before each backward():")
for (let i = 0; i < 3; i++) {
  optimizer.zero_grad()
  const loss = w.mul(x).sub(y).pow(2).sum()
  loss.backward()
  print(`  backward #${i + 1}: w.grad = ${w.grad}`)
}
