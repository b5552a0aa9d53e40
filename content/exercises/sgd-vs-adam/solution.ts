import { torch, nn, optim } from "torch";


const lr = 0.01; // the SAME learning rate for both optimizers #zh: 两个优化器用同一个学习率

function train(name: string, makeOptimizer: (params: any) => any) {
  torch.manual_seed(0); // same data and same starting weights for every run #zh: 每次训练的数据和初始权重都相同
  const x = torch.randn(100, 3);
  const y = x.matmul(torch.tensor([[1.5], [-2.0], [0.5]])).add(1);
  const model = nn.Linear(3, 1);
  const criterion = nn.MSELoss();
  const optimizer = makeOptimizer(model.parameters());
  let loss = null;
  for (let epoch = 0; epoch < 100; epoch++) {
    optimizer.zero_grad();
    loss = criterion(model(x), y);
    loss.backward();
    optimizer.step();
    plot(name, epoch, loss.item());
  }
  print(`${name}: loss after 100 epochs = ${loss.item().toFixed(4)}`);
}

train('SGD', (params) => optim.SGD(params, { lr }));
train('Adam', (params) => optim.Adam(params, { lr }));
