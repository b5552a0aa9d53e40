import { torch, nn, optim } from "torch"

const w = torch.tensor([1.0], { requires_grad: true })
const optimizer = optim.SGD([w], { lr: 0.1 })
const loss = w.mul(2).sub(1).pow(2).sum()

loss.backward()
print("after backward():  w.grad =", w.grad)
optimizer.step()
print("after step():      w.grad =", w.grad)
print("                   w      =", w)
optimizer.zero_grad()
print("after zero_grad(): w.grad =", w.grad)
optimizer.step()
print("step() again:      w      =", w)
