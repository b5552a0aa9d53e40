import { torch, nn, optim } from "torch"

torch.manual_seed(0)

class Net extends nn.Module {
  base = nn.Linear(4, 8)        // pretend this part is pretrained #zh: 假装这部分已经预训练过
  classifier = nn.Linear(8, 2)  // a new head for our task #zh: 为我们的任务新加的分类头

  forward(x: Tensor) {
    return this.classifier(this.base(x).relu())
  }
}

const model = new Net()
const optimizer = optim.Adam([
  { params: model.base.parameters(), lr: 1e-4 },
  { params: model.classifier.parameters(), lr: 1e-3 },
])
print(optimizer.param_groups.map((g) => g.lr))

// one training step, then: how far did each part move? #zh: 训练一步，然后看：每部分各移动了多远？
const params = [...model.parameters()]
const before = params.map((p) => p.clone())
const loss = model(torch.rand(16, 4)).pow(2).mean()
loss.backward()
optimizer.step()
const moved = params.map((p, i) => p.sub(before[i]).abs().max().item())
print(`base moved up to ${Math.max(...moved.slice(0, 2)).toFixed(6)}`)
print(`classifier moved up to ${Math.max(...moved.slice(2, 4)).toFixed(6)}`)
