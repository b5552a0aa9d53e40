import torch
from torch import nn, optim
torch.manual_seed(0)

n = torch.tensor([1, 2, 3])
print(n * 2.0, 2.5 * n, n + 0.5, n - 1.5, n ** 2.0, n / 2, n // 2, n * 2, n.float().mean())
print(torch.zeros(2, dtype=torch.int64), torch.ones(2, 2, dtype=torch.float64), torch.randn(2, requires_grad=True).requires_grad)

model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
def init(m):
    if isinstance(m, nn.Linear):
        nn.init.zeros_(m.bias)
        nn.init.normal_(m.weight, mean=0.0, std=0.1)
model.apply(init)
for name, p in model.named_parameters():
    print(name, tuple(p.shape), p.requires_grad)
print(model.state_dict().keys())
x = torch.randn(5, 2)
y = torch.randn(5, 1)
lr = 0.1
for step in range(3):
    loss = ((model(x) - y) ** 2).mean()
    model.zero_grad()
    loss.backward()
    for p in model.parameters():
        p.data -= lr * p.grad
    print(step, round(loss.item(), 4))

w = torch.tensor([2.0, -1.0], requires_grad=True)
loss = (w ** 2).sum()
loss.backward(retain_graph=True)
loss.backward()
print(w.grad, w.grad.data.zero_(), w.grad)

@torch.no_grad()
def evaluate(m):
    return m(x).sum().requires_grad
print(evaluate(model), torch.is_grad_enabled())
opt = optim.SGD(model.parameters(), lr=0.1)
print(len(opt.param_groups[0]['params']), type(opt.param_groups[0]['params'][0]).__name__)
opt.add_param_group({'params': [torch.zeros(1, requires_grad=True)], 'lr': 0.5})
print([g['lr'] for g in opt.param_groups], opt.defaults['lr'])
t = torch.arange(12).reshape(3, 4)
print(t[1:, ::2], t[-1, -2].item(), t[:, [0, 3]], t.sum(dim=(0, 1)) if False else t.sum())
print(torch.max(t), torch.min(t, dim=0).indices, torch.argmax(t.float(), dim=1))
