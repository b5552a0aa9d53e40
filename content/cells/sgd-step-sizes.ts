import { torch, optim } from "torch"

// plot(series, x, y) adds a point to the chart #zh: plot(series, x, y) 在图上加一个点
for (const lr of [0.01, 0.1, 0.5, 0.9]) {
  const x = torch.tensor(2.0, { requires_grad: true })
  const optimizer = optim.SGD([x], { lr: lr })
  plot(`lr = ${lr}`, 0, x.item())
  for (let step = 1; step <= 15; step++) {
    optimizer.zero_grad()
    x.pow(2).backward()
    optimizer.step()
    plot(`lr = ${lr}`, step, x.item())
  }
  print(`lr = ${lr}: after 15 steps x = ${x.item().toFixed(4)}`)
}
