import torch
from torch import nn, optim
# plot(series, x, y, log=True) draws a chart with a log-scale y axis #zh: plot(series, x, y, log=True) 画一张纵轴为对数刻度的图


torch.manual_seed(0)
x = torch.rand(32, 1).mul(2).sub(1)
y = x.mul(2).add(1).add(torch.rand(32, 1).mul(0.2))
criterion = nn.MSELoss()

for lr in [0.01, 0.5, 1.5]:
    torch.manual_seed(1)
    model = nn.Linear(1, 1)
    optimizer = optim.SGD(model.parameters(), lr=lr)
    for step in range(60):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
        plot(f"lr = {lr}", step, loss.item(), log=True)

    print(f"lr = {lr}: loss at step 59 = {loss.item():.4g}")
