import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0])
y = torch.tensor([3.0, 5.0, 7.0, 9.0])
w = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
lr = 0.05

for step in range(1, 6):
    y_pred = x * w + b                      # ①
    loss = ((y_pred - y) ** 2).mean()       # ②
    loss.backward()                         # ③
    with torch.no_grad():                   # ④
        w -= lr * w.grad
        b -= lr * b.grad

    w.grad = None
    b.grad = None
    print(f"step {step}: loss = {loss.item():.4f}, w = {w.item():.4f}, b = {b.item():.4f}")
