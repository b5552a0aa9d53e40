import torch
from torch import nn, optim
# Unfinished on purpose: put the steps of the loop in the right order, then press Check. #zh: 故意没写完：把循环里的几步排成正确的顺序，然后点“检查”。
torch.manual_seed(0)
x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]]) + 0.5
model = nn.Linear(4, 1)
criterion = nn.MSELoss()
optimizer = optim.SGD(model.parameters(), lr=0.05)

for epoch in range(50):
    loss = criterion(model(x), y)
    optimizer.step()
    loss.backward()
    optimizer.zero_grad()
    plot("loss", epoch, loss.item())
