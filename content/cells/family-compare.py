import torch
from torch import nn, optim
# plot(series, x, y, log=True) adds a point to a log-scale chart #zh: plot(series, x, y, log=True) 在对数刻度的图上加一个点
torch.manual_seed(0)
x = torch.randn(100, 3) * torch.tensor([1.0, 3.0, 0.3])
y = x @ torch.tensor([[2.0], [-1.0], [0.5]]) + 1.0
coaches = {
    "SGD": lambda params: optim.SGD(params, lr=0.02),
    "SGD momentum": lambda params: optim.SGD(params, lr=0.02, momentum=0.9),
    "SGD Nesterov": lambda params: optim.SGD(params, lr=0.02, momentum=0.9, nesterov=True),
    "Adam": lambda params: optim.Adam(params, lr=0.1),
    "AdamW": lambda params: optim.AdamW(params, lr=0.1, weight_decay=0.01),
    "RMSprop": lambda params: optim.RMSprop(params, lr=0.01),
    "Adagrad": lambda params: optim.Adagrad(params, lr=0.5),
}
criterion = nn.MSELoss()

for name, make_optimizer in coaches.items():
    torch.manual_seed(1)
    model = nn.Linear(3, 1)
    optimizer = make_optimizer(model.parameters())
    for step in range(100):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
        plot(name, step, loss.item(), log=True)

    final = criterion(model(x), y).item()
    print(f"{name}: loss after 100 steps = {final:.6f}")
