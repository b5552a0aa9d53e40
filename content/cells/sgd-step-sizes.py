import torch
from torch import optim
# plot(series, x, y) adds a point to the chart #zh: plot(series, x, y) 在图上加一个点
for lr in [0.01, 0.1, 0.5, 0.9]:
    x = torch.tensor(2.0, requires_grad=True)
    optimizer = optim.SGD([x], lr=lr)
    plot(f"lr = {lr}", 0, x.item())
    for step in range(1, 16):
        optimizer.zero_grad()
        (x ** 2).backward()
        optimizer.step()
        plot(f"lr = {lr}", step, x.item())

    print(f"lr = {lr}: after 15 steps x = {x.item():.4f}")
