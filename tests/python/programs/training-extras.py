import torch
import torch.nn.functional as F
from torch import nn, optim
torch.manual_seed(0)

# clipping, dropout with train()/eval(), losses and their functional forms
model = nn.Sequential(nn.Linear(4, 8), nn.LeakyReLU(0.1), nn.Dropout(0.5), nn.Linear(8, 3))
print(model)
x = torch.randn(16, 4)
target = torch.randint(0, 3, (16,))
optimizer = optim.SGD(model.parameters(), lr=0.5, momentum=0.9)
for step in range(5):
    optimizer.zero_grad()
    loss = F.cross_entropy(model(x), target)
    loss.backward()
    norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    optimizer.step()
    print(f"step {step}: loss {loss.item():.4f}, grad norm before clipping {norm.item():.4f}")

model.eval()
with torch.no_grad():
    a = model(x)
    b = model(x)
print(torch.equal(a, b), model[2].training)
model.train()
print(model[2].training)

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3]])
labels = torch.tensor([0, 2])
print(nn.CrossEntropyLoss()(logits, labels), F.nll_loss(F.log_softmax(logits, dim=1), labels))
print(F.softmax(logits, dim=1), logits.softmax(dim=-1).argmax(dim=1))
p = torch.tensor([0.9, 0.2, 0.6])
t = torch.tensor([1.0, 0.0, 1.0])
print(nn.BCELoss()(p, t), F.binary_cross_entropy_with_logits(torch.tensor([2.0, -1.0, 0.5]), t))
print(nn.L1Loss()(p, t), F.mse_loss(p, t, reduction='sum'), nn.MSELoss(reduction='none')(p, t))
print(torch.sigmoid(logits), torch.tanh(logits[0]), F.relu(logits - 0.4))
clipped = torch.tensor([1.0, -3.0], requires_grad=True)
(clipped * torch.tensor([10.0, 10.0])).sum().backward()
nn.utils.clip_grad_value_([clipped], clip_value=2.5)
print(clipped.grad)

# save and resume: 3 + 3 steps equal 6 uninterrupted steps
def make():
    torch.manual_seed(1)
    m = nn.Linear(3, 1)
    o = optim.Adam(m.parameters(), lr=0.1)
    s = optim.lr_scheduler.StepLR(o, step_size=2, gamma=0.5)
    return m, o, s

data = torch.randn(10, 3)
goal = torch.randn(10, 1)
def train(m, o, s, n):
    for _ in range(n):
        o.zero_grad()
        F.mse_loss(m(data), goal).backward()
        o.step()
        s.step()

m1, o1, s1 = make()
train(m1, o1, s1, 6)
m2, o2, s2 = make()
train(m2, o2, s2, 3)
ckpt = {'model': m2.state_dict(), 'optimizer': o2.state_dict(), 'scheduler': s2.state_dict()}
m3, o3, s3 = make()
m3.load_state_dict(ckpt['model'])
o3.load_state_dict(ckpt['optimizer'])
s3.load_state_dict(ckpt['scheduler'])
train(m3, o3, s3, 3)
print(torch.equal(m1.weight, m3.weight), s3.get_last_lr(), o3.state_dict()['state'][0]['step'])
print(m3.weight)

# optimizer.state is a defaultdict(dict): plain SGD keeps no state, so a parameter reads as {}
w = torch.tensor([1.0, 2.0], requires_grad=True)
sgd = torch.optim.SGD([w], lr=0.1)
w.sum().backward()
sgd.step()
print(type(sgd.state).__name__, sgd.state[w], len(sgd.state))
adam = torch.optim.Adam([w], lr=0.1)
adam.step()
print(sorted(adam.state[w].keys()), adam.state[w]['step'])
