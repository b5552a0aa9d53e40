import torch
from torch import nn, optim
torch.manual_seed(0)
x = torch.rand(50, 1).mul(4).sub(2)
y = x.mul(3).sub(1)
model = nn.Linear(1, 1)
criterion = nn.MSELoss()
optimizer = optim.Adam(model.parameters(), lr=0.05)  # ① create #zh: ① 创建

for epoch in range(150):
    optimizer.zero_grad()             # ② zero #zh: ② 清零
    loss = criterion(model(x), y)
    loss.backward()                   # ③ backward #zh: ③ 反向
    optimizer.step()                  # ④ step #zh: ④ 更新
    if epoch % 30 == 0:
        print(f"epoch {epoch}: loss {loss.item():.4f}")


print(f"weight = {model.weight.item():.3f}, bias = {model.bias.item():.3f}")
