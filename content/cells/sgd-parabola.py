import torch
from torch import optim
# plot(series, x, y) adds a point to the chart #zh: plot(series, x, y) 在图上加一个点
x = torch.tensor(2.0, requires_grad=True)
optimizer = optim.SGD([x], lr=0.1)

for step in range(21):
    optimizer.zero_grad()
    f = x ** 2
    f.backward()
    plot("x", step, x.item())
    plot("f(x)", step, f.item())
    if step % 5 == 0:
        print(f"step {step}: x = {x.item():.4f}, f(x) = {f.item():.4f}, grad = {x.grad.item():.4f}")

    optimizer.step()
