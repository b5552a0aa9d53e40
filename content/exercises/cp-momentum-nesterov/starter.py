import torch
from torch import nn, optim
# Unfinished on purpose: give SGD momentum 0.9 with Nesterov (TODO), then press Check.
torch.manual_seed(0)
x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]]) + 0.5
model = nn.Linear(4, 1)
criterion = nn.MSELoss()
# TODO: add momentum 0.9 and Nesterov momentum to this optimizer
optimizer = optim.SGD(model.parameters(), lr=0.01)

for epoch in range(50):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    plot("loss", epoch, loss.item())
