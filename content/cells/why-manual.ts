import { torch } from "torch"

const x = torch.tensor([1.0, 2.0, 3.0, 4.0])
const y = torch.tensor([3.0, 5.0, 7.0, 9.0])
const w = torch.tensor(0.0, { requires_grad: true })
const b = torch.tensor(0.0, { requires_grad: true })
const lr = 0.05

for (let step = 1; step <= 5; step++) {
  const y_pred = x.mul(w).add(b)            // ①
  const loss = y_pred.sub(y).pow(2).mean()  // ②
  loss.backward()                           // ③
  torch.no_grad(() => {                     // ④
    w.sub_(w.grad!.mul(lr))
    b.sub_(b.grad!.mul(lr))
  })
  w.grad = null
  b.grad = null
  print(`step ${step}: loss = ${loss.item().toFixed(4)}, w = ${w.item().toFixed(4)}, b = ${b.item().toFixed(4)}`)
}
