import torch
from torch import optim
steps = 5
w = torch.tensor(0.0, requires_grad=True)
optimizer = optim.SGD([w], lr=0.1)

for step in range(1, steps + 1):
    optimizer.zero_grad()
    loss = (w - 3) ** 2
    loss.backward()
    print(f"step {step}: w = {w.item():.3f}, loss = {loss.item():.3f}, grad = {w.grad.item():.3f}")
    optimizer.step()

print(f"after {steps} steps: w = {w.item():.3f}")
