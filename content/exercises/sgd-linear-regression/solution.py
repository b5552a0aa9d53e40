import torch
from torch import nn, optim

torch.manual_seed(0)
x = torch.randn(100, 1)
y = 3 * x + 2 + 0.1 * torch.randn(100, 1)  # y = 3x + 2 + noise #zh: y = 3x + 2 + 噪声

model = nn.Linear(1, 1)
criterion = nn.MSELoss()
optimizer = optim.SGD(model.parameters(), lr=0.1)

for epoch in range(100):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    if epoch % 20 == 0: print(f"epoch {epoch}, loss {loss.item():.4f}")

print('w =', model.weight.item(), 'b =', model.bias.item())
