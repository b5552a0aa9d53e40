import torch
from torch import nn, optim
from torch.optim.lr_scheduler import StepLR, CosineAnnealingLR, LambdaLR, ReduceLROnPlateau
torch.manual_seed(0)

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
optimizer = optim.SGD([
    {'params': model[0].parameters()},
    {'params': model[2].parameters(), 'lr': 0.01},
], lr=0.1, momentum=0.9)
print(optimizer)
print([g['lr'] for g in optimizer.param_groups], optimizer.param_groups[1]['momentum'])
scheduler = StepLR(optimizer, step_size=3, gamma=0.5)
x, y = torch.randn(32, 3), torch.randn(32, 1)
for epoch in range(8):
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    optimizer.step()
    scheduler.step()
    print(epoch, [round(lr, 6) for lr in scheduler.get_last_lr()], f"{loss.item():.4f}")

# changing the lr by hand is seen by the next step
optimizer.param_groups[0]['lr'] = 0.001
before = model[0].weight.clone()
optimizer.zero_grad()
nn.functional.mse_loss(model(x), y).backward()
optimizer.step()
print(f"{(model[0].weight - before).abs().max().item():.6f}", optimizer.param_groups[0]['lr'])
print(scheduler.state_dict()['last_epoch'])

opt2 = optim.Adam(model.parameters(), lr=0.01)
cos = CosineAnnealingLR(opt2, T_max=10, eta_min=0.001)
lam = None
for i in range(5):
    opt2.step()
    cos.step()
print([f"{lr:.6f}" for lr in cos.get_last_lr()])
opt3 = optim.SGD(model.parameters(), lr=1.0)
lam = LambdaLR(opt3, lr_lambda=lambda epoch: 0.9 ** epoch)
for i in range(3):
    opt3.step()
    lam.step()
print(lam.get_last_lr())
opt4 = optim.SGD(model.parameters(), lr=0.1)
plateau = ReduceLROnPlateau(opt4, factor=0.5, patience=1)
for metric in [1.0, 0.9, 0.95, 0.96, 0.97, 0.8]:
    opt4.step()
    plateau.step(metric)
    print(opt4.param_groups[0]['lr'])
sd = opt2.state_dict()
print(sorted(sd.keys()), sd['param_groups'][0]['betas'], len(sd['state']))
print(opt2)
