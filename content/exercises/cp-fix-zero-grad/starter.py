import torch
from torch import nn, optim
# Unfinished on purpose: this loop forgets something important; fix it, then press Check. #zh: 故意没写完：这个循环漏了一件重要的事；修好它，然后点“检查”。
torch.manual_seed(0)
x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]]) + 0.5
model = nn.Linear(4, 1)
criterion = nn.MSELoss()
optimizer = optim.SGD(model.parameters(), lr=0.05)

for epoch in range(50):

    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    plot("loss", epoch, loss.item())
