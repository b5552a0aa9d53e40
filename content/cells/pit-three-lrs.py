import torch
from torch import nn, optim
curves = {}  # plot() collects the points; on the site they become a chart #zh: plot() 收集这些点；在网页上它们会画成图
def plot(series, x, y, log=False): curves.setdefault(series, []).append((x, y))

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
