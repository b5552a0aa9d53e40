import torch
from torch import nn, optim
# Unfinished on purpose: add a scheduler that halves the lr every 10 epochs (TODO 1 and 2), then press Check. #zh: 故意没写完：加一个每 10 轮把学习率减半的调度器（TODO 1 和 2），然后点“检查”。
torch.manual_seed(0)
x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]]) + 0.5
model = nn.Linear(4, 1)
criterion = nn.MSELoss()
optimizer = optim.SGD(model.parameters(), lr=0.1)
# TODO 1: create a scheduler that halves the learning rate every 10 epochs #zh: TODO 1：创建一个每 10 轮把学习率减半的调度器

for epoch in range(40):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    # TODO 2: step the scheduler once per epoch, after optimizer.step() #zh: TODO 2：每轮调用一次 scheduler.step()，放在 optimizer.step() 之后
    plot("lr", epoch, optimizer.param_groups[0]["lr"])
