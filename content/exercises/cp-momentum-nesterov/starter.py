import torch
from torch import nn, optim
# Unfinished on purpose: give SGD momentum 0.9 with Nesterov (TODO), then press Check. #zh: 故意没写完：给 SGD 加上 0.9 的 Nesterov 动量（TODO），然后点“检查”。
torch.manual_seed(0)
x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]]) + 0.5
model = nn.Linear(4, 1)
criterion = nn.MSELoss()
# TODO: add momentum 0.9 and Nesterov momentum to this optimizer #zh: TODO：给这个优化器加上 momentum 0.9，并打开 Nesterov 动量
optimizer = optim.SGD(model.parameters(), lr=0.01)

for epoch in range(50):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    plot("loss", epoch, loss.item())
