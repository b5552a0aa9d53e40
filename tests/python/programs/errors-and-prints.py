import torch
from torch import nn, optim

w = torch.tensor([1.0, 2.0], requires_grad=True)
for bad in [
    lambda: torch.ones(2, 3) @ torch.ones(2, 3),
    lambda: torch.ones(2) + torch.ones(3),
    lambda: w.sum().backward() or w.sum().item() and torch.ones(2).backward(),
    lambda: optim.SGD([w], lr=-1),
    lambda: torch.ones(2, 2)[5],
    lambda: torch.ones(2, 2).item(),
    lambda: nn.Linear(2, 1)(torch.ones(3, 3)),
    lambda: w.add_(1),
    lambda: nn.MSELoss()(torch.ones(2), torch.ones(2, dtype=torch.int64)),
]:
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(nn.Linear(3, 2), nn.MSELoss(), nn.ReLU(), nn.CrossEntropyLoss(), nn.Softmax(dim=1), nn.LeakyReLU(0.2), nn.Flatten())
print(nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1)))
print(nn.ModuleList([nn.Linear(2, 2), nn.Linear(2, 2), nn.ReLU()]))
print(optim.Adam([w], lr=0.01), optim.AdamW([w]), optim.RMSprop([w], lr=0.01))
p = nn.Parameter(torch.zeros(2))
print(p, isinstance(p, torch.Tensor), isinstance(p, nn.Parameter))
print(torch.float32, torch.tensor([1.0]).dtype == torch.float32, torch.Size([2, 3]))
