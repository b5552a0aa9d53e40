import torch
from torch import nn, optim
# Unfinished on purpose: complete TODO 1–3, then press Check.
torch.manual_seed(0)
x = torch.randn(100, 1)
y = 3 * x + 2 + 0.1 * torch.randn(100, 1)  # y = 3x + 2 + noise

model = nn.Linear(1, 1)
criterion = nn.MSELoss()
# TODO 1: create an SGD optimizer for model.parameters() (try lr=0.1)

for epoch in range(100):
    # TODO 2: clear the old gradients
    loss = criterion(model(x), y)
    # TODO 3: backward pass, then one optimizer step
    if epoch % 20 == 0: print(f"epoch {epoch}, loss {loss.item():.4f}")

print('w =', model.weight.item(), 'b =', model.bias.item())
