import torch
from torch import nn, optim
# plot(series, x, y, log=True) draws a chart with a log-scale y axis #zh: plot(series, x, y, log=True) 画一张纵轴为对数刻度的图


torch.manual_seed(0)
x = torch.rand(100, 10).mul(2).sub(1)
y = x.matmul(torch.rand(10, 1).mul(4).sub(2)).add(torch.rand(100, 1).mul(0.2))
criterion = nn.MSELoss()

candidates = {
    "Adam lr=0.001": lambda params: optim.Adam(params, lr=0.001),
    "Adam lr=0.01": lambda params: optim.Adam(params, lr=0.01),
    "AdamW lr=0.01": lambda params: optim.AdamW(params, lr=0.01, weight_decay=0.01),
    "SGD momentum lr=0.05": lambda params: optim.SGD(params, lr=0.05, momentum=0.9),
}

for name, make in candidates.items():
    torch.manual_seed(1)
    model = nn.Linear(10, 1)
    optimizer = make(model.parameters())
    for step in range(200):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
        plot(name, step, loss.item(), log=True)

    print(f"{name}: loss after 200 steps = {loss.item():.4f}")
