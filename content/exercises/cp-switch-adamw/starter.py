import torch
from torch import nn, optim
# Unfinished on purpose: switch the optimizer to AdamW (TODO), then press Check. #zh: 故意没写完：把优化器换成 AdamW（TODO），然后点“检查”。
torch.manual_seed(0)
x = torch.randn(64, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]]) + 0.5
model = nn.Linear(4, 1)
criterion = nn.MSELoss()
# TODO: switch to AdamW with lr 1e-3 and weight_decay 0.01 #zh: TODO：换成 AdamW，lr 1e-3，weight_decay 0.01
optimizer = optim.Adam(model.parameters(), lr=1e-3)

for epoch in range(100):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    plot("loss", epoch, loss.item())
