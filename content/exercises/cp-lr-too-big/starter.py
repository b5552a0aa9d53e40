import torch
from torch import optim
# f(x) = x², start at x = 1, gradient descent with lr = 1.1 #zh: f(x) = x²，从 x = 1 出发，用 lr = 1.1 做梯度下降
x = torch.tensor([1.0], requires_grad=True)
optimizer = optim.SGD([x], lr=1.1)
plot("x", 0, x.item())
for step in range(1, 21):
    optimizer.zero_grad()
    f = (x ** 2).sum()
    f.backward()
    optimizer.step()
    plot("x", step, x.item())
    print(f"step {step}: x = {x.item():.4f}")
