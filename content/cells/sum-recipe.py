import torch
from torch import nn, optim
torch.manual_seed(0)
x = torch.rand(50, 1).mul(4).sub(2)
y = x.mul(3).sub(1)
model = nn.Linear(1, 1)
criterion = nn.MSELoss()
optimizer = optim.Adam(model.parameters(), lr=0.05)  # ① create

for epoch in range(150):
    optimizer.zero_grad()             # ② zero
    loss = criterion(model(x), y)
    loss.backward()                   # ③ backward
    optimizer.step()                  # ④ step
    if epoch % 30 == 0:
        print(f"epoch {epoch}: loss {loss.item():.4f}")


print(f"weight = {model.weight.item():.3f}, bias = {model.bias.item():.3f}")
