import torch


torch.manual_seed(0)
x = torch.randn(20, 1)
y = 2 * x + 1  # y = 2x + 1
w = torch.tensor([0.0], requires_grad=True)
b = torch.tensor([0.0], requires_grad=True)
lr = 0.1

for epoch in range(20):
    loss = ((x * w + b - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad

    w.grad = None
    b.grad = None
    print(f"epoch {epoch}: loss {loss.item():.4f}")
