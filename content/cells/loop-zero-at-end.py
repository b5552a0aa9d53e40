import torch
from torch import nn, optim
torch.manual_seed(0)
model = nn.Linear(10, 1)
optimizer = optim.Adam(model.parameters(), lr=0.001)
criterion = nn.MSELoss()
x = torch.randn(100, 10)
y_true = torch.randn(100, 1)

for epoch in range(100):
    y_pred = model(x)
    loss = criterion(y_pred, y_true)
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()  # cleared at the end instead #zh: 改成在末尾清零
    if epoch % 20 == 0:
        print(f"Epoch {epoch}, Loss: {loss.item():.4f}")
