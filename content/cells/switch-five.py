import torch
from torch import nn, optim
# plot(series, x, y, log=True) adds a point to a log-scale chart #zh: plot(series, x, y, log=True) 在对数刻度的图上加一个点
torch.manual_seed(0)
x = torch.randn(100, 10)
y = x @ torch.randn(10, 1) + torch.randn(100, 1) * 0.1
criterion = nn.MSELoss()

def train(name, make_optimizer):
    torch.manual_seed(1)
    model = nn.Linear(10, 1)
    optimizer = make_optimizer(model)
    for epoch in range(200):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
        plot(name, epoch, loss.item(), log=True)

    print(f"{name}: loss after 200 epochs = {criterion(model(x), y).item():.3f}")


train("SGD + momentum", lambda model: optim.SGD(model.parameters(), lr=0.01, momentum=0.9))
train("Adam", lambda model: optim.Adam(model.parameters(), lr=0.001))
train("AdamW", lambda model: optim.AdamW(model.parameters(), lr=0.001, weight_decay=0.01))
train("RMSprop", lambda model: optim.RMSprop(model.parameters(), lr=0.01))
train("Adagrad", lambda model: optim.Adagrad(model.parameters(), lr=0.01))
