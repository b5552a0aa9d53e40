import { torch, optim } from "torch"

// plot(series, x, y) adds a point to the chart #zh: plot(series, x, y) 在图上加一个点
const x = torch.tensor(2.0, { requires_grad: true })
const optimizer = optim.SGD([x], { lr: 0.1 })

for (let step = 0; step <= 20; step++) {
  optimizer.zero_grad()
  const f = x.pow(2)
  f.backward()
  plot("x", step, x.item())
  plot("f(x)", step, f.item())
  if (step % 5 === 0) {
    print(`step ${step}: x = ${x.item().toFixed(4)}, f(x) = ${f.item().toFixed(4)}, grad = ${x.grad!.item().toFixed(4)}`)
  }
  optimizer.step()
}
