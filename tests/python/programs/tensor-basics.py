import torch
torch.manual_seed(0)
a = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
b = torch.tensor([1, 2, 3])
print(a, a.dtype, b.dtype, a.shape)
print(a + 1, 2 * a, a - b, 1 - a, a / 2, 1 / a)
print(a ** 2, 2 ** b, -a, abs(-a))
print(a @ a.t(), a.T.shape)
print(a > 2, a == a, b != 2)
print(a[0], a[1, 2], a[:, 1], a[0, 1:], a[-1], a[..., 0], a[None].shape)
print(a.sum(), a.sum(dim=0), a.sum(1, keepdim=True), a.mean(), a.mean(dim=1))
print(a.max(), a.max(dim=1), a.argmax(), a.argmax(dim=0), a.min(dim=0).values)
print(a.std(), a.var(dim=1), a.reshape(3, 2), a.view(-1), a.unsqueeze(0).shape, a.flatten())
print(torch.cat([a, a]), torch.stack([b, b], dim=1), a.transpose(0, 1).squeeze())
print(torch.zeros(2, 3), torch.ones(2), torch.full((2, 2), 7.0), torch.full((2,), 3), torch.arange(5), torch.arange(0, 1, 0.25))
print(torch.linspace(0, 1, 5), torch.zeros_like(a), torch.ones_like(b))
print(torch.rand(2, 2), torch.randn(3), torch.randint(0, 10, (4,)), torch.randperm(5))
print(a.tolist(), a[0, 0].item(), b.tolist(), b.sum().item(), len(a), a.numel(), a.dim())
c = a.clone()
c[0, 0] = 10.0
c[1] = torch.tensor([7.0, 8.0, 9.0])
print(c, a[0, 0].item())
w = torch.tensor([1.0, -2.0], requires_grad=True)
y = (w * w).sum()
print(y, y.grad_fn is not None, w.is_leaf, y.is_leaf)
y.backward()
print(w.grad, w.detach(), w.requires_grad, w.detach().requires_grad)
with torch.no_grad():
    w -= 0.1 * w.grad
    w *= 2
    w += 1
print(w)
for row in a:
    print(row.sum().item())
print(f"{a[0, 0]:.3f} {a.sum():.1f}", float(a[1, 1]), int(b[2]))
print(torch.tensor(3.0), torch.tensor(True), torch.tensor([True, False]), torch.tensor(2))
print(a.float().dtype, b.double(), b.float(), a.long())
print(torch.tensor([0.1, 0.25]) * torch.tensor([[1.0], [2.0]]))
