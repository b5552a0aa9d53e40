import torch
from torch import nn, optim
w = torch.tensor([1.0], requires_grad=True)
x = torch.tensor([2.0])
y = torch.tensor([1.0])
optimizer = optim.SGD([w], lr=0.1)

print("without zero_grad():")
for i in range(3):
    loss = w.mul(x).sub(y).pow(2).sum()
    loss.backward()
    print(f"  backward #{i + 1}: w.grad = {w.grad}")

print("with zero_grad() before each backward():")
for i in range(3):
    optimizer.zero_grad()
    loss = w.mul(x).sub(y).pow(2).sum()
    loss.backward()
    print(f"  backward #{i + 1}: w.grad = {w.grad}")
