import { torch, optim } from "torch"

const steps = 5
const w = torch.tensor(0.0, { requires_grad: true })
const optimizer = optim.SGD([w], { lr: 0.1 })

for (let step = 1; step <= steps; step++) {
  optimizer.zero_grad()
  const loss = w.sub(3).pow(2)
  loss.backward()
  print(`step ${step}: w = ${w.item().toFixed(3)}, loss = ${loss.item().toFixed(3)}, grad = ${w.grad!.item().toFixed(3)}`)
  optimizer.step()
}
print(`after ${steps} steps: w = ${w.item().toFixed(3)}`)
