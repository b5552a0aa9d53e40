import torch
from torch import optim
x = torch.tensor([1.0, 2.0, 3.0, 4.0])
y = torch.tensor([3.0, 5.0, 7.0, 9.0])
w = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
optimizer = optim.SGD([w, b], lr=0.05)

for step in range(1, 6):
    y_pred = x * w + b
    loss = ((y_pred - y) ** 2).mean()
    loss.backward()
    optimizer.step()       # ④ the whole update #zh: ④ 整个更新
    optimizer.zero_grad()  # and the clean-up #zh: 以及清理
    print(f"step {step}: loss = {loss.item():.4f}, w = {w.item():.4f}, b = {b.item():.4f}")
