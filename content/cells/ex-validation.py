import torch
from torch import nn, optim
# plot(series, x, y, log=True) draws a chart with a log-scale y axis #zh: plot(series, x, y, log=True) 画一张纵轴为对数刻度的图


torch.manual_seed(0)
x_train = torch.rand(30, 1).mul(2).sub(1)
y_train = x_train.mul(2).add(1).add(torch.rand(30, 1).sub(0.5).mul(0.4))
x_val = torch.rand(10, 1).mul(2).sub(1)
y_val = x_val.mul(2).add(1).add(torch.rand(10, 1).sub(0.5).mul(0.4))

model = nn.Linear(1, 1)
criterion = nn.MSELoss()
optimizer = optim.SGD(model.parameters(), lr=0.1)

for epoch in range(100):
    optimizer.zero_grad()
    loss = criterion(model(x_train), y_train)
    with torch.no_grad():
        val_loss = criterion(model(x_val), y_val)  # same weights, other data #zh: 同一组权重，另一份数据
    loss.backward()
    optimizer.step()
    plot("train", epoch, loss.item(), log=True)
    plot("validation", epoch, val_loss.item(), log=True)
    if epoch % 25 == 0 or epoch == 99:
        print(f"epoch {epoch}: train {loss.item():.4f}, validation {val_loss.item():.4f}")
