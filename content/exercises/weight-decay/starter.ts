import { torch, nn, optim } from "torch";

// Unfinished on purpose: complete TODO 1 and 2, press Run, then answer and press Check. #zh: 故意没写完：补全 TODO 1 和 2，点“运行”，再作答并点“检查”。
// 8 noisy training points and 10 validation points of y = sin(πx) + noise #zh: y = sin(πx) + 噪声：8 个训练点和 10 个验证点
const xTrain = [-1.0, -0.71, -0.43, -0.14, 0.14, 0.43, 0.71, 1.0];
const yTrain = [0.2, -0.71, -0.96, -0.24, 0.29, 0.93, 0.33, 0.11];
const xVal = [-0.9, -0.7, -0.5, -0.3, -0.1, 0.1, 0.3, 0.5, 0.7, 0.9];
const yVal = [-0.62, -0.98, -1.27, -0.83, -0.37, 0.02, 0.94, 1.08, 0.68, 0.16];

// features x, x², …, x⁸: flexible enough to overfit 8 points #zh: 特征 x, x², …, x⁸：灵活得足以把 8 个点过拟合
const features = (xs: number[]) => torch.tensor(xs.map((x) => [1, 2, 3, 4, 5, 6, 7, 8].map((k) => x ** k)));
const column = (ys: number[]) => torch.tensor(ys.map((y) => [y]));
const [X, Y, XVal, YVal] = [features(xTrain), column(yTrain), features(xVal), column(yVal)];

function train(weightDecay: number) {
  torch.manual_seed(0); // same starting weights for every run #zh: 每次训练的初始权重都相同
  const model = nn.Linear(8, 1);
  const criterion = nn.MSELoss();
  // TODO 1: pass weightDecay to Adam as weight_decay #zh: TODO 1：把 weightDecay 作为 weight_decay 传给 Adam
  const optimizer = optim.Adam(model.parameters(), { lr: 0.1 });
  let loss = null;
  for (let epoch = 0; epoch < 2000; epoch++) {
    optimizer.zero_grad();
    loss = criterion(model(X), Y);
    loss.backward();
    optimizer.step();
    if (epoch % 20 === 0) plot(`train, weight_decay=${weightDecay}`, epoch, loss.item(), { log: true });
    if (epoch % 20 === 0) plot(`validation, weight_decay=${weightDecay}`, epoch, torch.no_grad(() => criterion(model(XVal), YVal)).item(), { log: true });
  }
  const valLoss = torch.no_grad(() => criterion(model(XVal), YVal)); // validation: no gradients needed #zh: 验证：不需要梯度
  print(`weight_decay=${weightDecay}: train ${loss.item().toFixed(4)}, validation ${valLoss.item().toFixed(4)}`);
}

train(0);
// TODO 2: train again with weightDecay = 1e-4, then compare the two validation losses #zh: TODO 2：用 weightDecay = 1e-4 再训练一次，然后比较两个验证损失
